using LibraryPersonalization.Domain.Auditing;
using LibraryPersonalization.Domain.Ecosystem;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LibraryPersonalization.Data.Configurations;

public class ElementVolumeConfiguration : IEntityTypeConfiguration<ElementVolume>
{
    public void Configure(EntityTypeBuilder<ElementVolume> builder) => builder.HasKey(volume => volume.Element);
}

public class VolumeChangeConfiguration : IEntityTypeConfiguration<VolumeChange>
{
    public void Configure(EntityTypeBuilder<VolumeChange> builder)
    {
        builder.Property(change => change.Reason).HasMaxLength(500);
        builder.HasIndex(change => new { change.Element, change.ChangedAt });
    }
}

public class StudentDesignationConfiguration : IEntityTypeConfiguration<StudentDesignation>
{
    public void Configure(EntityTypeBuilder<StudentDesignation> builder)
    {
        builder.HasIndex(designation => new { designation.StudentId, designation.Element, designation.Designation }).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(designation => designation.StudentId);
    }
}

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(entry => entry.Details).HasMaxLength(4000);
        builder.HasIndex(entry => entry.At);
        // The log's list of actions to filter by, and the filter itself, read this instead of every entry.
        builder.HasIndex(entry => entry.Action);
    }
}

public class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(notification => notification.Message).HasMaxLength(1000);
        builder.HasIndex(notification => new { notification.UserId, notification.ReadAt });
    }
}
