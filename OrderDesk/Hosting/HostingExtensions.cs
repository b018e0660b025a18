using System.Globalization;
using Hangfire;
using Hangfire.Storage.SQLite;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using OrderDesk.Data;

namespace OrderDesk.Hosting;

/// <summary>Wiring that no feature owns: storage, identity, localization, jobs, health.</summary>
public static class HostingExtensions
{
    public static readonly CultureInfo[] SupportedCultures = [new("en"), new("zh-Hans")];

    public static WebApplicationBuilder AddOrderDeskHosting(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // First hosted service: migrations must run before data protection loads its key ring from the database.
        services.AddHostedService<DatabaseInitializer>();
        services.AddOptions<OrderDeskOptions>().Bind(builder.Configuration.GetSection(OrderDeskOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<OrderDeskOptions>>().Value);
        services.AddSingleton(sp => new DataDirectory(sp.GetRequiredService<OrderDeskOptions>(),
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TimeDisplay>();

        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<SqlitePragmas>();
        services.AddDbContextFactory<OrderDeskDbContext>((sp, options) => options
            .UseSqlite(sp.GetRequiredService<DataDirectory>().DomainConnectionString)
            .AddInterceptors(sp.GetRequiredService<SqlitePragmas>(), sp.GetRequiredService<AuditInterceptor>()));

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<OrderDeskDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<DisplayNameClaims>()
            .AddDefaultTokenProviders();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(CookieBehaviour.Configure);
        services.AddAuthorization(Policies.Add);
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddScoped<CircuitHandler, CircuitUserHandler>();

        services.AddDataProtection().SetApplicationName("OrderDesk").PersistKeysToDbContext<OrderDeskDbContext>();

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();

        // The host's own storage, registered before AddHangfire: its default resolves JobStorage.Current, a static
        // that another host starting at the same time (tests, benchmarks) may have set to a storage it later disposes.
        services.AddSingleton<JobStorage>(sp => new SQLiteStorage(sp.GetRequiredService<DataDirectory>().JobsDatabase,
            // "Pull now" should start within seconds, not at the default 15 s poll; jobs.db is its own file.
            new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(2) }));
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogs(sp.GetRequiredService<ILoggerFactory>()))
            .UseStorage(sp.GetRequiredService<JobStorage>()));
        services.AddHangfireServer(options =>
        {
            options.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            // Recurring jobs are checked this often; seconds-based pull schedules need it below the default 15 s.
            options.SchedulePollingInterval = TimeSpan.FromSeconds(2);
        });

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<JobStorageHealthCheck>("jobStorage");
        builder.AddHarnessDiagnostics();

        return builder;
    }

    public static WebApplication UseOrderDeskHosting(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(async (context, next) =>
        {
            using var _ = CurrentUser.Use(context.User.Identity?.Name);
            await next(context);
        });
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous(); // the login page needs its CSS and scripts
        app.MapHealthEndpoint();
        app.MapHarnessDiagnostics();
        app.MapCultureEndpoint();
        app.MapHangfireDashboard("/jobs", new DashboardOptions
        {
            // Endpoint authorization below replaces Hangfire's local-only filter, so remote and local
            // requests are judged the same way: Admin only.
            Authorization = [],
            AppPath = "/",
            DashboardTitle = "OrderDesk jobs",
        }, app.Services.GetRequiredService<JobStorage>()).RequireAuthorization(Policies.Admin); // not the static JobStorage.Current
        return app;
    }
}
