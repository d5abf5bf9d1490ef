using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Data.Outbox;

namespace Ponte.Data.Configurations;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("Outbox");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.To).HasMaxLength(254);
        b.Property(x => x.Subject).HasMaxLength(300);
        b.Property(x => x.FileName).HasMaxLength(300);
        b.Property(x => x.Culture).HasMaxLength(10);
        b.Property(x => x.Template).HasMaxLength(100);
        b.Property(x => x.CalendarMethod).HasMaxLength(10);
        b.HasIndex(x => x.CreatedAt);
    }
}
