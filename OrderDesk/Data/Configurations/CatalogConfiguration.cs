using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Customers;

namespace OrderDesk.Data.Configurations;

public sealed class WarehouseConfiguration : IEntityTypeConfiguration<Warehouse>
{
    public void Configure(EntityTypeBuilder<Warehouse> b)
    {
        b.HasKey(w => w.Id);
        b.Property(w => w.Code).HasMaxLength(32).IsRequired();
        b.HasIndex(w => w.Code).IsUnique();
    }
}

public sealed class ShopConfiguration : IEntityTypeConfiguration<Shop>
{
    public void Configure(EntityTypeBuilder<Shop> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Code).HasMaxLength(64).IsRequired();
        b.HasIndex(s => new { s.Platform, s.Code }).IsUnique();
        b.Ignore(s => s.Storefront);
        b.HasOne<Warehouse>().WithMany().HasForeignKey(s => s.DefaultWarehouseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(s => s.OwnerUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class SkuConfiguration : IEntityTypeConfiguration<Sku>
{
    public void Configure(EntityTypeBuilder<Sku> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Code).HasMaxLength(64).IsRequired();
        b.Property(s => s.Barcode).HasMaxLength(64).IsRequired();
        b.HasIndex(s => s.Code).IsUnique();
        b.HasIndex(s => s.Barcode).IsUnique();
        b.HasIndex(s => s.Category);
        b.Ignore(s => s.VariantText);
    }
}

public sealed class SkuStockConfiguration : IEntityTypeConfiguration<SkuStock>
{
    public void Configure(EntityTypeBuilder<SkuStock> b)
    {
        b.HasKey(s => new { s.SkuId, s.WarehouseId });
        b.Ignore(s => s.Available);
        b.Property(s => s.BinLocation).HasMaxLength(32);
        b.HasOne<Sku>().WithMany().HasForeignKey(s => s.SkuId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Warehouse>().WithMany().HasForeignKey(s => s.WarehouseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.BuyerId).HasMaxLength(64).IsRequired();
        b.HasIndex(c => new { c.Platform, c.BuyerId }).IsUnique();
    }
}
