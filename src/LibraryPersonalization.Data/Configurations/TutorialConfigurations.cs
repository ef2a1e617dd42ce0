using LibraryPersonalization.Domain.Tutorials;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LibraryPersonalization.Data.Configurations;

/// <summary>Users are deactivated, never deleted, so their rows restrict deletion rather than cascade (SQL Server allows one cascade path).</summary>
public class TutorialConfiguration : IEntityTypeConfiguration<Tutorial>
{
    public const int BodyLength = 20000;

    public void Configure(EntityTypeBuilder<Tutorial> builder)
    {
        builder.ToTable("Tutorials");
        builder.Property(tutorial => tutorial.AuthorName).HasMaxLength(200);
        builder.Property(tutorial => tutorial.Title).HasMaxLength(200);
        builder.Property(tutorial => tutorial.Summary).HasMaxLength(500);
        builder.Property(tutorial => tutorial.Body).HasMaxLength(BodyLength);
        builder.Property(tutorial => tutorial.VideoUrl).HasMaxLength(500);
        builder.Property(tutorial => tutorial.SearchText).HasMaxLength(1200);
        builder.Property(tutorial => tutorial.UnpublishedReason).HasMaxLength(500);
        builder.Property(tutorial => tutorial.UnpublishedByName).HasMaxLength(200);
        builder.Property(tutorial => tutorial.Version).IsConcurrencyToken();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(tutorial => tutorial.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(tutorial => tutorial.Topics).WithOne().HasForeignKey(topic => topic.TutorialId);
        builder.HasMany(tutorial => tutorial.Revisions).WithOne().HasForeignKey(revision => revision.TutorialId);
        builder.HasIndex(tutorial => new { tutorial.Published, tutorial.PublishedAt });
        builder.HasIndex(tutorial => new { tutorial.AuthorId, tutorial.UpdatedAt });
    }
}

public class TutorialTopicConfiguration : IEntityTypeConfiguration<TutorialTopic>
{
    public void Configure(EntityTypeBuilder<TutorialTopic> builder)
    {
        builder.ToTable("TutorialTopics");
        builder.HasKey(topic => new { topic.TutorialId, topic.Topic });
        builder.Property(topic => topic.Topic).HasMaxLength(40);
        builder.HasIndex(topic => topic.Topic);
    }
}

public class TutorialRevisionConfiguration : IEntityTypeConfiguration<TutorialRevision>
{
    public void Configure(EntityTypeBuilder<TutorialRevision> builder)
    {
        builder.ToTable("TutorialRevisions");
        builder.Property(revision => revision.Title).HasMaxLength(200);
        builder.Property(revision => revision.Summary).HasMaxLength(500);
        builder.Property(revision => revision.Body).HasMaxLength(TutorialConfiguration.BodyLength);
        builder.Property(revision => revision.Topics).HasMaxLength(400);
        builder.Property(revision => revision.VideoUrl).HasMaxLength(500);
        builder.Property(revision => revision.EditorName).HasMaxLength(200);
        builder.Property(revision => revision.Note).HasMaxLength(200);
        builder.HasIndex(revision => new { revision.TutorialId, revision.Number }).IsUnique();
    }
}

public class TutorialRatingConfiguration : IEntityTypeConfiguration<TutorialRating>
{
    public void Configure(EntityTypeBuilder<TutorialRating> builder)
    {
        builder.ToTable("TutorialRatings");
        builder.HasKey(rating => new { rating.TutorialId, rating.UserId });
        builder.HasOne<Tutorial>().WithMany().HasForeignKey(rating => rating.TutorialId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(rating => rating.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class TutorialCommentConfiguration : IEntityTypeConfiguration<TutorialComment>
{
    public void Configure(EntityTypeBuilder<TutorialComment> builder)
    {
        builder.ToTable("TutorialComments");
        builder.Property(comment => comment.AuthorName).HasMaxLength(200);
        builder.Property(comment => comment.Text).HasMaxLength(2000);
        builder.Property(comment => comment.HiddenReason).HasMaxLength(500);
        builder.HasOne<Tutorial>().WithMany().HasForeignKey(comment => comment.TutorialId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(comment => comment.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(comment => new { comment.TutorialId, comment.CreatedAt });
    }
}

public class TutorialRequestConfiguration : IEntityTypeConfiguration<TutorialRequest>
{
    public void Configure(EntityTypeBuilder<TutorialRequest> builder)
    {
        builder.ToTable("TutorialRequests");
        builder.Property(request => request.RequesterName).HasMaxLength(200);
        builder.Property(request => request.Topic).HasMaxLength(200);
        builder.Property(request => request.Details).HasMaxLength(1000);
        builder.Property(request => request.StatusNote).HasMaxLength(500);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(request => request.RequesterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Tutorial>().WithMany().HasForeignKey(request => request.AnsweredByTutorialId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(request => new { request.Status, request.VoteCount });
    }
}

public class TutorialRequestVoteConfiguration : IEntityTypeConfiguration<TutorialRequestVote>
{
    public void Configure(EntityTypeBuilder<TutorialRequestVote> builder)
    {
        builder.ToTable("TutorialRequestVotes");
        builder.HasKey(vote => new { vote.TutorialRequestId, vote.UserId });
        builder.HasOne<TutorialRequest>().WithMany().HasForeignKey(vote => vote.TutorialRequestId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(vote => vote.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
