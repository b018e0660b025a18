using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrderDesk.Domain.Orders;

namespace OrderDesk.Data.Configurations;

public sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> b)
    {
        b.HasKey(o => o.Id);
        b.Property(o => o.ShopCode).HasMaxLength(64).IsRequired();
        b.Property(o => o.PlatformOrderId).HasMaxLength(64).IsRequired();
        b.HasIndex(o => new { o.Platform, o.ShopCode, o.PlatformOrderId }).IsUnique();
        b.Ignore(o => o.Key);
        b.Ignore(o => o.Receiver);
        b.Ignore(o => o.Amounts);
        b.Ignore(o => o.HasException);
        b.Ignore(o => o.IsOnHold);
        b.Ignore(o => o.PlatformLines);
        b.Ignore(o => o.AcceptsGifts);

        b.Property(o => o.ReceiverName).HasMaxLength(100);
        b.Property(o => o.ReceiverPhone).HasMaxLength(40);
        b.Property(o => o.ReceiverPhoneLast4).HasMaxLength(4);
        b.Property(o => o.ReceiverPostalCode).HasMaxLength(16);

        b.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(o => o.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(o => o.StatusHistory).WithOne().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(o => o.StatusHistory).HasField("_statusHistory").UsePropertyAccessMode(PropertyAccessMode.Field);

        b.HasOne<Domain.Catalog.Shop>().WithMany().HasForeignKey(o => o.ShopId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.Catalog.Warehouse>().WithMany().HasForeignKey(o => o.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.Customers.Customer>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Restrict);

        // The orders screen sorts by newest and filters by one column at a time: one index per filter,
        // each ending in the sort key so the first page is a short index walk, not a sort of everything.
        b.HasIndex(o => new { o.PlatformCreatedAt, o.Id });
        b.HasIndex(o => new { o.Platform, o.PlatformCreatedAt });
        b.HasIndex(o => new { o.ShopId, o.PlatformCreatedAt });
        b.HasIndex(o => new { o.Status, o.PlatformCreatedAt });
        b.HasIndex(o => new { o.WarehouseId, o.PlatformCreatedAt });
        // Biggest orders first, unfiltered, without sorting the table (SQLite appends the rowid, Id, to every index).
        b.HasIndex(o => o.PaidAmount);
        b.HasIndex(o => o.PlatformOrderId);
        b.HasIndex(o => o.ReceiverName);
        b.HasIndex(o => o.ReceiverPhoneLast4);
        b.HasIndex(o => o.CustomerId);
    }
}
