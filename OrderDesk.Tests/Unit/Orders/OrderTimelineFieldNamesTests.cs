using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OrderDesk.Data;
using OrderDesk.Domain.Orders;
using OrderDesk.Features.Orders;

namespace OrderDesk.Tests.Unit.Orders;

/// <summary>
/// The order history shows each audited change by the field's name in the reader's language: every column the audit
/// can write for an order (the EF model's properties) has one, so no raw property name ever reaches the screen.
/// </summary>
public sealed class OrderTimelineFieldNamesTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    public void EveryAuditedOrderColumn_HasAFieldName(string culture)
    {
        using var db = new OrderDeskDbContext(new DbContextOptionsBuilder<OrderDeskDbContext>().UseSqlite("Data Source=:memory:").Options);
        var columns = db.Model.FindEntityType(typeof(Order))!.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => p.Name).ToList();
        var localizer = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)
            .Create(typeof(OrderDetailPage));

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var unnamed = columns.Where(c => localizer[$"Field_{c}"].ResourceNotFound).ToList();
            var unworded = Enum.GetNames<ShippingHold>().Where(h => localizer[$"Hold_{h}"].ResourceNotFound).ToList();

            Assert.NotEmpty(columns);
            Assert.Empty(unnamed); // shows which columns lack a name
            Assert.Empty(unworded);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
