using System.Text;
using QRCoder;

namespace LibraryPersonalization.Web.Features.Bookings;

/// <summary>A printable poster for a zone or studio door: its name and a QR code that opens its check-in page.</summary>
public static class CheckInPoster
{
    public sealed record Query(EcosystemElement Element, int ResourceId, string CheckInUrl) : IQuery<Result<Model>>, IGatedRequest
    {
        public GatedAction Action => BookingArea.For(Element).Approve;
    }

    public sealed record Model(BookingArea Area, int ResourceId, string Name, string CheckInUrl);

    public sealed class Handler(BookingEngine engine) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var area = BookingArea.For(query.Element);
            if (await engine.FindAsync(query.Element, query.ResourceId, cancellationToken) is not { Retired: false } resource)
            {
                return new NotFound($"There is no such {area.ResourceNoun}.");
            }

            return new Model(area, resource.Id, resource.Name, query.CheckInUrl);
        }
    }

    /// <summary>The QR code of <paramref name="text"/> as an SVG drawn by QRCoder, one unit per module, 8 px each.</summary>
    public static byte[] Svg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var code = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var drawing = new SvgQRCode(code);
        return Encoding.UTF8.GetBytes(drawing.GetGraphic(8));
    }
}
