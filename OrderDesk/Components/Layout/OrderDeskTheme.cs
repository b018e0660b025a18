using MudBlazor;

namespace OrderDesk.Components.Layout;

public static class OrderDeskTheme
{
    private static readonly string[] s_fonts =
        ["Inter", "-apple-system", "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Helvetica", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1E5EFF",
            Secondary = "#5B6B86",
            AppbarBackground = "#0F1E3D",
            AppbarText = "#FFFFFF",
            Background = "#F4F6FA",
            DrawerBackground = "#FFFFFF",
            Success = "#1B9E5A",
            Warning = "#E08A00",
            Error = "#D83A3A",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#6E9BFF",
            AppbarBackground = "#111827",
            Background = "#0B1220",
            Surface = "#151E2F",
            DrawerBackground = "#111827",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = s_fonts },
            H4 = new H4Typography { FontFamily = s_fonts, FontWeight = "600" },
            H5 = new H5Typography { FontFamily = s_fonts, FontWeight = "600" },
            H6 = new H6Typography { FontFamily = s_fonts, FontWeight = "600" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px" },
    };
}
