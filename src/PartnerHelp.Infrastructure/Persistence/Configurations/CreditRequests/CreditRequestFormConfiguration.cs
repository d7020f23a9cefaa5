using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Core.CreditRequests;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>The uploaded form of a credit request (part of its aggregate; deleted with it).</summary>
internal sealed class CreditRequestFormConfiguration : IEntityTypeConfiguration<CreditRequestForm>
{
    public void Configure(EntityTypeBuilder<CreditRequestForm> builder)
    {
        builder.ToTable("credit_request_forms");
        builder.HasKey(x => x.RequestId);
        builder.Property(x => x.RequestId).HasMaxLength(32);
        builder.HasOne<CreditRequest>().WithOne().HasForeignKey<CreditRequestForm>(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
