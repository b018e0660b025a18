using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Orders;

namespace OrderDesk.Data.Configurations;

public sealed class WaveConfiguration : IEntityTypeConfiguration<Wave>
{
    public void Configure(EntityTypeBuilder<Wave> b)
    {
        b.HasKey(w => w.Id);
        b.Property(w => w.Number).HasMaxLength(32).IsRequired();
        b.HasIndex(w => w.Number).IsUnique();
        b.Property(w => w.Criterion).HasMaxLength(64);
        b.Property(w => w.CreatedBy).HasMaxLength(256);
        b.HasOne<Warehouse>().WithMany().HasForeignKey(w => w.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(w => new { w.WarehouseId, w.CreatedAt });
        b.HasMany(w => w.Orders).WithOne().HasForeignKey(o => o.WaveId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(w => w.Orders).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class WaveOrderConfiguration : IEntityTypeConfiguration<WaveOrder>
{
    public void Configure(EntityTypeBuilder<WaveOrder> b)
    {
        b.HasKey(o => o.Id);
        b.Property(o => o.OrderNumber).HasMaxLength(64).IsRequired();
        b.Property(o => o.CarrierCode).HasMaxLength(16);
        b.Property(o => o.CarrierService).HasMaxLength(32);
        b.Property(o => o.RecommendedCarrierCode).HasMaxLength(16);
        b.Property(o => o.CarrierRuleName).HasMaxLength(100);
        b.Property(o => o.CarrierChangeReason).HasMaxLength(WaveOrder.ReasonMaxLength);
        b.Property(o => o.HeldByUserId).HasMaxLength(450);
        b.Property(o => o.HeldByName).HasMaxLength(256);
        b.Property(o => o.HeldByStation).HasMaxLength(32);
        b.Property(o => o.WithdrawnReason).HasMaxLength(WaveOrder.ReasonMaxLength);
        // Two stations saving the same order: the second one's save fails instead of overwriting the first.
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasOne<Order>().WithMany().HasForeignKey(o => o.OrderId).OnDelete(DeleteBehavior.Restrict);
        // One open pass through the stations per order; a withdrawn or shipped one may be followed by another.
        b.HasIndex(o => o.OrderId).IsUnique().HasFilter("\"Stage\" IN ('Pick', 'Check', 'Pack', 'Weigh')")
            .HasDatabaseName("IX_WaveOrders_OrderId_Open");
        b.HasIndex(o => new { o.WarehouseId, o.Stage, o.ShipBy });
        b.Ignore(o => o.OrderBarcode);
        b.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.WaveOrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(o => o.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class WaveOrderLineConfiguration : IEntityTypeConfiguration<WaveOrderLine>
{
    public void Configure(EntityTypeBuilder<WaveOrderLine> b)
    {
        b.HasKey(l => l.Id);
        b.Property(l => l.SkuCode).HasMaxLength(64).IsRequired();
        b.Property(l => l.Barcode).HasMaxLength(64).IsRequired();
        b.Property(l => l.ProductName).HasMaxLength(200);
        b.Property(l => l.VariantText).HasMaxLength(100);
        b.Property(l => l.ImagePath).HasMaxLength(200);
        b.Property(l => l.BinLocation).HasMaxLength(32);
    }
}

public sealed class ScanEventConfiguration : IEntityTypeConfiguration<ScanEvent>
{
    public void Configure(EntityTypeBuilder<ScanEvent> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Input).HasMaxLength(ScanEvent.InputMaxLength);
        b.Property(e => e.SkuCode).HasMaxLength(64);
        b.Property(e => e.UserId).HasMaxLength(450);
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.Station).HasMaxLength(32);
        b.Property(e => e.Note).HasMaxLength(ScanEvent.NoteMaxLength);
        b.HasIndex(e => new { e.OrderId, e.At });
        b.HasIndex(e => e.At);
        b.Ignore(e => e.Blocked);
    }
}

public sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.CarrierCode).HasMaxLength(16);
        b.Property(s => s.Service).HasMaxLength(32);
        b.Property(s => s.TrackingNumber).HasMaxLength(Shipment.TrackingMaxLength);
        b.Property(s => s.ShippedBy).HasMaxLength(256);
        b.HasIndex(s => s.OrderId);
        b.HasIndex(s => s.ShippedAt);
    }
}

public sealed class ShippingErrorConfiguration : IEntityTypeConfiguration<ShippingError>
{
    public void Configure(EntityTypeBuilder<ShippingError> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.ResponsibleUserId).HasMaxLength(450);
        b.Property(e => e.ResponsibleName).HasMaxLength(256);
        b.Property(e => e.RecordedBy).HasMaxLength(256);
        b.Property(e => e.Note).HasMaxLength(ShippingError.NoteMaxLength);
        b.HasIndex(e => new { e.OrderId, e.At });
        b.HasIndex(e => e.At);
    }
}

public sealed class StationConfiguration : IEntityTypeConfiguration<Station>
{
    public void Configure(EntityTypeBuilder<Station> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Code).HasMaxLength(32).IsRequired();
        b.HasIndex(s => s.Code).IsUnique();
        b.Property(s => s.Name).HasMaxLength(100);
        b.HasOne<Warehouse>().WithMany().HasForeignKey(s => s.WarehouseId).OnDelete(DeleteBehavior.Restrict);
    }
}
