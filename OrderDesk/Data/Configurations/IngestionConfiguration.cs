using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Ingestion;

namespace OrderDesk.Data.Configurations;

public sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> b)
    {
        b.HasKey(m => m.Id);
        b.Property(m => m.MessageKey).HasMaxLength(200).IsRequired();
        // Deduplication is the database's job: INSERT … ON CONFLICT(MessageKey) DO NOTHING.
        b.HasIndex(m => m.MessageKey).IsUnique();
        b.Property(m => m.ShopCode).HasMaxLength(64).IsRequired();
        b.Property(m => m.Topic).HasMaxLength(100);
        b.Property(m => m.PlatformOrderId).HasMaxLength(64);
        b.HasOne<Shop>().WithMany().HasForeignKey(m => m.ShopId).OnDelete(DeleteBehavior.Restrict);
        // The worker's query: the oldest due pending messages.
        b.HasIndex(m => new { m.State, m.NextAttemptAt, m.Id });
        // Quarantine screen and sync state: per shop, newest first.
        b.HasIndex(m => new { m.ShopId, m.State, m.ReceivedAt });
        b.HasIndex(m => new { m.Platform, m.ShopCode, m.PlatformOrderId });
    }
}

public sealed class ShopSyncStateConfiguration : IEntityTypeConfiguration<ShopSyncState>
{
    public void Configure(EntityTypeBuilder<ShopSyncState> b)
    {
        b.HasKey(s => s.ShopId);
        b.Property(s => s.ShopId).ValueGeneratedNever();
        b.HasOne<Shop>().WithOne().HasForeignKey<ShopSyncState>(s => s.ShopId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.LastError).HasMaxLength(2000);
    }
}

public sealed class ChannelMinuteStatConfiguration : IEntityTypeConfiguration<ChannelMinuteStat>
{
    public void Configure(EntityTypeBuilder<ChannelMinuteStat> b)
    {
        b.HasKey(s => new { s.ShopId, s.Minute });
        // Covering for the board's range reads (inflow per platform and minute), so a cold week reads the index alone.
        b.HasIndex(s => new { s.Minute, s.ShopId, s.Platform, s.Received });
        b.HasOne<Shop>().WithMany().HasForeignKey(s => s.ShopId).OnDelete(DeleteBehavior.Cascade);
    }
}
