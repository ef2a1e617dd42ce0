using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Web.Tests.Authorization;
using static LibraryPersonalization.Domain.Ecosystem.Volume;

namespace LibraryPersonalization.Web.Tests.Bookings;

/// <summary>Every way of taking a time, in both booking areas.</summary>
public enum BookingWrite
{
    BookZone,
    RequestZone,
    BookStudio,
    RequestStudio,
}

/// <summary>
/// Every booking write × volume × role over HTTP. Allowed: the person submits the form the page shows them and the booking
/// is written with the right status. Denied: the post is forged, answered 403 naming the volume that opens it, nothing written.
/// </summary>
public class BookingAuthorizationMatrixTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    private static int caseNumber;

    /// <summary>The product's table for these actions, transcribed by hand from the issue; null = never, librarians always.</summary>
    private static readonly Dictionary<BookingWrite, (Volume? StudentsFrom, Volume? TeachersFrom)> Expected = new()
    {
        [BookingWrite.BookZone] = (StudentGenerated, LibrarianGenerated),
        [BookingWrite.RequestZone] = (Cocreated, LibrarianGenerated),
        [BookingWrite.BookStudio] = (Cocreated, LibrarianGenerated),
        [BookingWrite.RequestStudio] = (LibrarianGenerated, LibrarianGenerated),
    };


    public static TheoryData<BookingWrite, Volume, LibraryRole> Cases()
    {
        var cases = new TheoryData<BookingWrite, Volume, LibraryRole>();
        foreach (var action in Enum.GetValues<BookingWrite>())
        {
            foreach (var volume in Enum.GetValues<Volume>())
            {
                foreach (var role in Enum.GetValues<LibraryRole>())
                {
                    cases.Add(action, volume, role);
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Taking_a_time_is_allowed_or_refused_exactly_as_the_policy_table_says(BookingWrite action, Volume volume, LibraryRole role)
    {
        var isZone = action is BookingWrite.BookZone or BookingWrite.RequestZone;
        var element = isZone ? EcosystemElement.PhysicalSpace : EcosystemElement.MediaLab;
        var areaPath = isZone ? "/zones" : "/media-lab";
        var books = action is BookingWrite.BookZone or BookingWrite.BookStudio;
        await BookingArrange.RoomyLimitsAsync(app);
        await app.SetVolumeAsync(element, volume);
        var resourceId = await BookingTestData.AddResourceAsync(app, element, $"Matrix {action} {volume} {role}", seats: 4);
        var n = Interlocked.Increment(ref caseNumber);
        var (day, start) = (BookingTestData.SoonDay(1 + (n % 25)), new TimeOnly(8 + (n / 25), 0));
        using var browser = await TestBrowser.SignedInAsync(app, EmailOf(role));
        var bookingsBefore = await app.WithDbAsync(db => db.Bookings.CountAsync());

        var allowed = IsAllowed(action, volume, role);
        var mayBookDirectly = IsAllowed(books ? action : (isZone ? BookingWrite.BookZone : BookingWrite.BookStudio), volume, role);
        var pageOffersIt = allowed && (books || !mayBookDirectly);
        var response = pageOffersIt
            ? await browser.SubmitAsync($"{areaPath}/{resourceId}/book", books ? "Book it" : "Send request", BookingArrange.Slot(day, start, 60))
            : await browser.ForgePostAsync(areaPath, $"{areaPath}/{resourceId}/{(books ? "book" : "request")}", BookingArrange.ForgedSlot(day, start, 60));
        CollectionArrange.AssertNoServerError(response, $"{action} by {role} at {volume}");
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var written = await BookingTestData.BookingsOfAsync(app, resourceId);

        if (allowed)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{action} by {role} at {volume} should succeed but answered {(int)response.StatusCode}: {MatrixPages.Excerpt(body)}");
            var booking = Assert.Single(written);
            Assert.Equal(books ? BookingStatus.Confirmed : BookingStatus.Requested, booking.Status);
        }
        else
        {
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{action} by {role} at {volume} should be refused with 403 but answered {(int)response.StatusCode}: {MatrixPages.Excerpt(body)}");
            Assert.Empty(written);
            Assert.Equal(bookingsBefore, await app.WithDbAsync(db => db.Bookings.CountAsync()));
            var opensAt = (role == LibraryRole.Teacher ? Expected[action].TeachersFrom : Expected[action].StudentsFrom)!.Value;
            Assert.Contains($"turned up to {MatrixPages.VolumeName(opensAt)}", body, StringComparison.Ordinal);
        }
    }

    private static bool IsAllowed(BookingWrite action, Volume volume, LibraryRole role)
    {
        var (studentsFrom, teachersFrom) = Expected[action];
        return role switch
        {
            LibraryRole.Librarian => true,
            LibraryRole.Teacher => teachersFrom is { } lowest && volume >= lowest,
            _ => studentsFrom is { } lowest && volume >= lowest,
        };
    }

    private static string EmailOf(LibraryRole role) => role switch
    {
        LibraryRole.Librarian => LibraryAppFactory.Librarian,
        LibraryRole.Teacher => LibraryAppFactory.Teacher,
        _ => LibraryAppFactory.Student,
    };
}
