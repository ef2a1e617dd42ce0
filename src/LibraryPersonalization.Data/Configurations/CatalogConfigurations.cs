using LibraryPersonalization.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LibraryPersonalization.Data.Configurations;

public class CatalogTitleConfiguration : IEntityTypeConfiguration<CatalogTitle>
{
    public void Configure(EntityTypeBuilder<CatalogTitle> builder)
    {
        builder.Property(title => title.Summary).HasMaxLength(2000);
        builder.Property(title => title.Isbn).HasMaxLength(13);
        builder.Property(title => title.Series).HasMaxLength(200);
        builder.Property(title => title.ReadingLevel).HasMaxLength(8);
        builder.HasIndex(title => title.Isbn).IsUnique();
        builder.HasIndex(title => title.Title);
        builder.HasIndex(title => title.Author);
        builder.HasIndex(title => title.Genre);
        builder.Ignore(title => title.AverageRating);
    }
}

public class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.Property(review => review.Text).HasMaxLength(4000);
        builder.HasIndex(review => new { review.TitleId, review.AuthorId }).IsUnique();
        builder.HasIndex(review => review.Status);
        // A title's page reads its newest published reviews: a popular title has thousands.
        builder.HasIndex(review => new { review.TitleId, review.Status, review.CreatedAt });
        builder.HasOne(review => review.Title).WithMany(title => title.Reviews).HasForeignKey(review => review.TitleId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(review => review.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class TitleTagConfiguration : IEntityTypeConfiguration<TitleTag>
{
    public void Configure(EntityTypeBuilder<TitleTag> builder)
    {
        builder.Property(tag => tag.Tag).HasMaxLength(40);
        builder.HasIndex(tag => new { tag.TitleId, tag.Tag }).IsUnique();
        // Serves the count of unchecked tags and the moderation page's oldest-first list of them.
        builder.HasIndex(tag => new { tag.CheckedByStaff, tag.AddedAt });
        builder.HasOne(tag => tag.Title).WithMany(title => title.Tags).HasForeignKey(tag => tag.TitleId);
    }
}

public class ShelfConfiguration : IEntityTypeConfiguration<Shelf>
{
    public void Configure(EntityTypeBuilder<Shelf> builder)
    {
        builder.Property(shelf => shelf.Name).HasMaxLength(100);
        builder.Property(shelf => shelf.Description).HasMaxLength(1000);
        builder.HasMany(shelf => shelf.Items).WithOne().HasForeignKey(item => item.ShelfId);
    }
}

public class ShelfItemConfiguration : IEntityTypeConfiguration<ShelfItem>
{
    public void Configure(EntityTypeBuilder<ShelfItem> builder)
    {
        builder.HasKey(item => new { item.ShelfId, item.TitleId });
        builder.HasOne(item => item.Title).WithMany().HasForeignKey(item => item.TitleId);
    }
}

public class BookRequestConfiguration : IEntityTypeConfiguration<BookRequest>
{
    public void Configure(EntityTypeBuilder<BookRequest> builder)
    {
        builder.Property(request => request.Reason).HasMaxLength(2000);
        builder.Property(request => request.DeclineReason).HasMaxLength(1000);
        builder.Property(request => request.Isbn).HasMaxLength(20);
        builder.Property(request => request.Term).HasMaxLength(40);
        builder.Property(request => request.Version).IsConcurrencyToken();
        builder.HasIndex(request => request.OpenKey).IsUnique();
        builder.HasIndex(request => new { request.Status, request.Term });
        builder.HasIndex(request => new { request.VoteCount, request.SubmittedAt });
        builder.HasMany(request => request.Supporters).WithOne().HasForeignKey(supporter => supporter.RequestId);
        builder.HasMany(request => request.Comments).WithOne().HasForeignKey(comment => comment.RequestId);
        builder.HasMany(request => request.Votes).WithOne().HasForeignKey(vote => vote.RequestId);
        builder.Ignore(request => request.IsOpen);
    }
}

public class BookRequestSupporterConfiguration : IEntityTypeConfiguration<BookRequestSupporter>
{
    public void Configure(EntityTypeBuilder<BookRequestSupporter> builder)
    {
        builder.HasKey(supporter => new { supporter.RequestId, supporter.StudentId });
        builder.HasIndex(supporter => supporter.StudentId);
    }
}

public class RequestCommentConfiguration : IEntityTypeConfiguration<RequestComment>
{
    public void Configure(EntityTypeBuilder<RequestComment> builder) =>
        builder.Property(comment => comment.Text).HasMaxLength(2000);
}

public class RequestVoteConfiguration : IEntityTypeConfiguration<RequestVote>
{
    public void Configure(EntityTypeBuilder<RequestVote> builder) =>
        builder.HasKey(vote => new { vote.RequestId, vote.VoterId });
}

public class CollectionSettingsConfiguration : IEntityTypeConfiguration<CollectionSettings>
{
    public void Configure(EntityTypeBuilder<CollectionSettings> builder)
    {
        builder.Property(settings => settings.SelectionCriteria).HasMaxLength(4000);
        builder.Property(settings => settings.BudgetVersion).IsConcurrencyToken();
    }
}

public class CatalogIndexChangeConfiguration : IEntityTypeConfiguration<CatalogIndexChange>
{
    public void Configure(EntityTypeBuilder<CatalogIndexChange> builder)
    {
        builder.HasOne(change => change.Title).WithMany().HasForeignKey(change => change.TitleId).OnDelete(DeleteBehavior.SetNull);
    }
}
