using System.Globalization;

namespace OrderDesk.Tests.Support;

/// <summary>Reads something as a reader of another language would: the UI culture set for the call, then restored.</summary>
public static class UiCulture
{
    public static T In<T>(string name, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
