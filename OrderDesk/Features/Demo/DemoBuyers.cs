using System.Globalization;
using OrderDesk.Domain.Customers;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Features.Demo;

/// <summary>A demo customer with the contact details their orders ship to.</summary>
public sealed record DemoBuyer(Customer Customer, string Name, string Phone, DemoAddress Home, DemoAddress? Office, double Activity);

/// <summary>The customer base per platform, and a draw that favours the few who order often.</summary>
public sealed class DemoBuyers
{
    /// <summary>Share of customers per platform (Tmall buyers are Taobao accounts).</summary>
    private static readonly (Platform Platform, double Share)[] s_split =
        [(Platform.Taobao, 0.47), (Platform.Jd, 0.24), (Platform.Pinduoduo, 0.21), (Platform.WebShop, 0.08)];

    private readonly Dictionary<Platform, (DemoBuyer[] Buyers, double[] Cumulative)> _byPlatform = [];

    public IReadOnlyList<DemoBuyer> All { get; }

    private DemoBuyers(List<DemoBuyer> all)
    {
        All = all;
        foreach (var group in all.GroupBy(b => b.Customer.Platform))
        {
            var buyers = group.ToArray();
            var cumulative = new double[buyers.Length];
            var sum = 0.0;
            for (var i = 0; i < buyers.Length; i++) cumulative[i] = sum += buyers[i].Activity;
            _byPlatform[group.Key] = (buyers, cumulative);
        }
    }

    public static DemoBuyers Generate(Random random, int count, RegionTable regions)
    {
        var all = new List<DemoBuyer>(count);
        var webNumber = 100_000;
        foreach (var (platform, share) in s_split)
        {
            var seen = new HashSet<string>();
            var target = platform == s_split[^1].Platform ? count - all.Count : (int)Math.Round(count * share);
            while (seen.Count < target)
            {
                var buyerId = platform switch
                {
                    // Taobao hides the nick behind an open uid; JD uses "jd_" pins; PDD a numeric id.
                    Platform.Taobao => "AAG" + Base62(random, 21),
                    Platform.Jd => "jd_" + Base62(random, 12).ToLowerInvariant(),
                    Platform.Pinduoduo => "pdd" + random.NextInt64(10_000_000_000, 99_999_999_999).ToString(CultureInfo.InvariantCulture),
                    _ => "C" + (++webNumber).ToString(CultureInfo.InvariantCulture),
                };
                if (!seen.Add(buyerId)) continue;
                // A long tail: most buyers order once or twice a month, a few order every week.
                var u = random.NextDouble();
                var activity = 0.3 + 10 * u * u * u;
                var tier = activity switch
                {
                    > 8 => CustomerTier.Vip,
                    > 4 => CustomerTier.Gold,
                    > 1.2 => CustomerTier.Silver,
                    _ => CustomerTier.Regular,
                };
                var name = ChineseNames.Next(random);
                var home = DemoContacts.Address(random, regions);
                var office = random.NextDouble() < 0.3 ? DemoContacts.OfficeNear(random, home) : null;
                all.Add(new DemoBuyer(new Customer(platform, buyerId, name, tier), name, DemoContacts.Mobile(random), home, office, activity));
            }
        }
        return new DemoBuyers(all);
    }

    public DemoBuyer Pick(Platform platform, Random random)
    {
        var (buyers, cumulative) = _byPlatform[platform];
        var index = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return buyers[Math.Min(index < 0 ? ~index : index, buyers.Length - 1)];
    }

    private static string Base62(Random random, int length) =>
        string.Create(length, random, static (span, r) =>
        {
            const string alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
            for (var i = 0; i < span.Length; i++) span[i] = alphabet[r.Next(alphabet.Length)];
        });
}
