using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OrderDesk.Data.Conventions;
using OrderDesk.Domain.Alerts;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Customers;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Ingestion;
using OrderDesk.Domain.Notifications;
using OrderDesk.Domain.Orders;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Data;

public sealed class OrderDeskDbContext(DbContextOptions<OrderDeskDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<OrderStatusChange> OrderStatusChanges => Set<OrderStatusChange>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Warehouse> Warehouses => Set<Warehouse>();
    public DbSet<Shop> Shops => Set<Shop>();
    public DbSet<Sku> Skus => Set<Sku>();
    public DbSet<SkuStock> SkuStocks => Set<SkuStock>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();
    public DbSet<ShopSyncState> ShopSyncStates => Set<ShopSyncState>();
    public DbSet<ChannelMinuteStat> ChannelMinuteStats => Set<ChannelMinuteStat>();
    public DbSet<AlertRule> AlertRules => Set<AlertRule>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<IncidentEvent> IncidentEvents => Set<IncidentEvent>();
    public DbSet<Wave> Waves => Set<Wave>();
    public DbSet<WaveOrder> WaveOrders => Set<WaveOrder>();
    public DbSet<WaveOrderLine> WaveOrderLines => Set<WaveOrderLine>();
    public DbSet<ScanEvent> ScanEvents => Set<ScanEvent>();
    public DbSet<Shipment> Shipments => Set<Shipment>();
    public DbSet<ShippingError> ShippingErrors => Set<ShippingError>();
    public DbSet<Station> Stations => Set<Station>();
    public DbSet<Carrier> Carriers => Set<Carrier>();
    public DbSet<CarrierRule> CarrierRules => Set<CarrierRule>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Bulk loaders (demo seeding) write thousands of rows nobody edited; they switch auditing off.</summary>
    public bool AuditDisabled { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OrderDeskDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Money>().HaveConversion<MoneyConverter>();
        // SQLite cannot compare DateTimeOffset; UTC ticks sort and compare natively as integers.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<Platform>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<OrderStatus>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<ShippingHold>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<MessageSource>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<MessageState>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<CustomerTier>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<NotificationSeverity>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<AlertMetric>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<AlertScope>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<AlertComparison>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<IncidentState>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<IncidentEventKind>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<FulfillmentStage>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<WaveRelease>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ScanVerdict>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<ShippingErrorType>().HaveConversion<string>().HaveMaxLength(24);
    }
}
