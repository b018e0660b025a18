namespace OrderDesk.Tests.Support;

/// <summary>The app outside demo mode, with a bootstrap admin: an empty database for tests that bring their own data.</summary>
public class PlainApp : OrderDeskApp
{
    public const string AdminEmail = "root@orderdesk.test";
    public const string AdminPassword = "Bootstrap!2026";

    public PlainApp()
    {
        With("OrderDesk:Demo:Enabled", "false");
        With("OrderDesk:Bootstrap:AdminEmail", AdminEmail);
        With("OrderDesk:Bootstrap:AdminPassword", AdminPassword);
    }
}
