using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Web.Tests.Authorization;

namespace LibraryPersonalization.Web.Tests.Bookings;

/// <summary>Who decides a booking request.</summary>
public enum Decider
{
    Librarian,
    Teacher,
    Student,
    MediaLabExpert,
}

/// <summary>
/// Approving and declining requests in both areas × volume × role and designation over HTTP. Allowed: the decider uses the
/// approvals page's form and the request is decided. Denied: the post is forged, answered 403, and the request still waits.
/// </summary>
public class BookingDecisionMatrixTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    private const string Expert = "amara@school.test";
    private static int caseNumber;

    public static TheoryData<bool, bool, Volume, Decider> Cases()
    {
        var cases = new TheoryData<bool, bool, Volume, Decider>();
        foreach (var zones in new[] { true, false })
        {
            foreach (var approve in new[] { true, false })
            {
                foreach (var volume in Enum.GetValues<Volume>())
                {
                    foreach (var decider in Enum.GetValues<Decider>())
                    {
                        cases.Add(zones, approve, volume, decider);
                    }
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Deciding_a_request_is_allowed_or_refused_exactly_as_the_policy_table_says(bool zones, bool approve, Volume volume, Decider decider)
    {
        var element = zones ? EcosystemElement.PhysicalSpace : EcosystemElement.MediaLab;
        var areaPath = zones ? "/zones" : "/media-lab";
        await BookingArrange.RoomyLimitsAsync(app);
        await GrantMediaLabExpertAsync();
        await app.SetVolumeAsync(element, volume);
        var n = Interlocked.Increment(ref caseNumber);
        var note = $"Decision matrix case {n}";
        var resourceId = await BookingTestData.AddResourceAsync(app, element, $"Decision {n}", seats: 3);
        var requester = (await BookingTestData.AddStudentsAsync(app, $"decide{n}x", 1))[0];
        var bookingId = await BookingTestData.AddBookingAsync(app, resourceId, requester, BookingTestData.SoonDay(2 + (n % 20)), new TimeOnly(9 + (n % 8), 0), 60, status: BookingStatus.Requested);
        await app.WithDbAsync(db => db.Bookings.Where(booking => booking.Id == bookingId).ExecuteUpdateAsync(set => set.SetProperty(booking => booking.Note, note)));

        // Earlier cases' refused requests still wait; clear them so this one is on the queue's first page.
        await app.WithDbAsync(db => db.Bookings.Where(booking => booking.Status == BookingStatus.Requested && booking.Id != bookingId).ExecuteUpdateAsync(set => set.SetProperty(booking => booking.Status, BookingStatus.Declined)));
        using var browser = await TestBrowser.SignedInAsync(app, EmailOf(decider));

        var allowed = IsAllowed(zones, volume, decider);
        var queue = $"/bookings/approvals?area={areaPath.TrimStart('/')}";
        var response = (allowed, approve) switch
        {
            (true, true) => await browser.SubmitAsync(queue, "Approve", near: note),
            (true, false) => await browser.SubmitAsync(queue, "Decline this request", new() { ["Why are you declining?"] = "The room is needed for exams." }, near: note),
            (false, true) => await browser.ForgePostAsync(areaPath, $"{areaPath}/requests/{bookingId}/approve", []),
            (false, false) => await browser.ForgePostAsync(areaPath, $"{areaPath}/requests/{bookingId}/decline", new() { ["Reason"] = "The room is needed for exams." }),
        };
        CollectionArrange.AssertNoServerError(response, $"{(approve ? "approve" : "decline")} in {areaPath} by {decider} at {volume}");
        var status = await app.WithDbAsync(db => db.Bookings.Where(booking => booking.Id == bookingId).Select(booking => booking.Status).SingleAsync());

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(approve ? BookingStatus.Confirmed : BookingStatus.Declined, status);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal(BookingStatus.Requested, status);
        }
    }

    /// <summary>Transcribed from the issue: staff decide zone requests at every volume; librarians and, at Student-generated,
    /// designated media-lab experts decide media-lab requests; teachers never do, nor does a student without the designation.</summary>
    private static bool IsAllowed(bool zones, Volume volume, Decider decider) => decider switch
    {
        Decider.Librarian => true,
        Decider.Teacher => zones,
        Decider.Student => false,
        _ => !zones && volume == Volume.StudentGenerated,
    };

    private static string EmailOf(Decider decider) => decider switch
    {
        Decider.Librarian => LibraryAppFactory.Librarian,
        Decider.Teacher => LibraryAppFactory.Teacher,
        Decider.Student => LibraryAppFactory.OtherStudent,
        _ => Expert,
    };

    private Task GrantMediaLabExpertAsync() =>
        app.WithDbAsync(async db =>
        {
            var expertId = await db.Users.Where(user => user.Email == Expert).Select(user => user.Id).SingleAsync();
            if (!await db.StudentDesignations.AnyAsync(held => held.StudentId == expertId && held.Element == EcosystemElement.MediaLab))
            {
                var librarianId = await db.Users.Where(user => user.Email == LibraryAppFactory.Librarian).Select(user => user.Id).SingleAsync();
                db.StudentDesignations.Add(new StudentDesignation { StudentId = expertId, Element = EcosystemElement.MediaLab, Designation = Designation.Expert, GrantedById = librarianId, GrantedAt = DateTimeOffset.UtcNow });
                await db.SaveChangesAsync();
            }
        });
}
