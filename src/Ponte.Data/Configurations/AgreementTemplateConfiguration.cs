using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Programmes;

namespace Ponte.Data.Configurations;

internal sealed class AgreementTemplateConfiguration : IEntityTypeConfiguration<AgreementTemplate>
{
    public void Configure(EntityTypeBuilder<AgreementTemplate> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Language).HasMaxLength(3);
        b.ComplexProperty(x => x.Sections, s => s.HasSections());
        b.HasIndex(x => new { x.ProgrammeId, x.Language }).IsUnique();
    }
}
