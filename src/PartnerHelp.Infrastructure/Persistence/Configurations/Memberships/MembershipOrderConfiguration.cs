using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;

namespace PartnerHelp.Infrastructure.Persistence.Configurations;

/// <summary>Membership orders.</summary>
internal sealed class MembershipOrderConfiguration : IEntityTypeConfiguration<MembershipOrder>
{
    public void Configure(EntityTypeBuilder<MembershipOrder> builder)
    {
        builder.ToTable("membership_orders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasMaxLength(32);
        builder.Property(o => o.PartnerId).HasMaxLength(64);
        builder.Property(o => o.Offer).HasConversion<string>().HasMaxLength(64);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.PaymentMethod).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.PaymentInstrument).HasMaxLength(64);
        builder.Property(o => o.ActivatedBenefit).HasConversion<string>().HasMaxLength(64);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.CancelledBy).HasMaxLength(450);
        builder.Property(o => o.CancellationReason).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.CancellationNote).HasMaxLength(MembershipOrder.MaxCancellationNoteLength);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.Price);
        builder.HasOne<Partner>().WithMany().HasForeignKey(o => o.PartnerId).OnDelete(DeleteBehavior.Restrict);
        // The memberships page reads a partner's orders newest first, the id breaking ties: an index in exactly that order
        // lets SQLite and PostgreSQL read the page off it instead of sorting the partner's orders on every view. It also
        // serves every lookup by partner (and the foreign key), so it replaces the (PartnerId, PurchasedAt) index.
        builder.HasIndex(o => new { o.PartnerId, o.PurchasedAt, o.Id }).IsDescending(false, true, false);
    }
}
