using OrderDesk.Components;
using OrderDesk.Features.Accounts;
using OrderDesk.Features.Admin;
using OrderDesk.Features.Alerts;
using OrderDesk.Features.Demo;
using OrderDesk.Features.Fulfillment;
using OrderDesk.Features.Fulfillment.Carriers;
using OrderDesk.Features.Ingestion;
using OrderDesk.Features.Monitoring;
using OrderDesk.Features.Notifications;
using OrderDesk.Features.Orders;
using OrderDesk.Features.Overview;
using OrderDesk.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddOrderDeskHosting();
builder.Services.AddDemo().AddOrders().AddOverview().AddAdmin().AddIngestion(builder.Configuration)
    .AddNotifications().AddMonitoring().AddAlerts(builder.Configuration)
    .AddFulfillment(builder.Configuration).AddCarriers();

var app = builder.Build();
app.UseOrderDeskHosting();
app.MapAccounts();
app.MapDemo().MapOrders().MapOverview().MapAdmin().MapIngestion();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

try
{
    await app.RunAsync();
    return 0;
}
catch (StartupRefusedException refused)
{
    // One line naming what to set, not a stack trace.
    Console.Error.WriteLine(refused.Message);
    return 1;
}

public partial class Program;
