using OrderDesk.Features.Demo;

namespace OrderDesk.Tests.Unit.Demo;

public sealed class DemoPeopleTests
{
    [Fact]
    public void ChineseNames_Next_SurnameAndGivenNameWithoutSpace()
    {
        var random = new Random(7);

        var names = Enumerable.Range(0, 2_000).Select(_ => ChineseNames.Next(random)).ToList();

        Assert.All(names, n =>
        {
            Assert.InRange(n.Length, 2, 4);
            Assert.DoesNotContain(n, char.IsWhiteSpace);
        });
        Assert.True(names.Distinct().Count() > 1_000, "names vary");
    }

    [Fact]
    public void RegionCatalog_Load_HasEveryProvinceWithCitiesAndDistricts()
    {
        var table = RegionCatalog.Load();

        Assert.Equal(31, table.Provinces.Count);
        Assert.True(RegionCatalog.IsConsistent("广东省", "东莞市", table.Provinces.Single(p => p.Name == "广东省").Cities.Single(c => c.Name == "东莞市").Districts[0]));
        Assert.False(RegionCatalog.IsConsistent("天津市", "宁海市", "和平区"));
        Assert.Contains(table.Provinces, p => p.Remote);
    }

    [Fact]
    public void DemoContacts_Address_AlwaysARealProvinceCityDistrictTriple()
    {
        var random = new Random(11);
        var regions = RegionCatalog.Load();

        var addresses = Enumerable.Range(0, 3_000).Select(_ => DemoContacts.Address(random, regions)).ToList();
        var offices = addresses.Select(a => DemoContacts.OfficeNear(random, a)).ToList();

        Assert.All(addresses.Concat(offices), a =>
        {
            Assert.True(RegionCatalog.IsConsistent(a.Province.Name, a.City.Name, a.District), $"{a.Province.Name}{a.City.Name}{a.District}");
            Assert.Matches(@"^\d{6}$", a.PostalCode);
        });
        Assert.True(addresses.Select(a => a.Province.Name).Distinct().Count() > 20);
    }

    [Fact]
    public void DemoContacts_Mobile_ElevenDigitChineseMobileNumbers()
    {
        var random = new Random(3);

        Assert.All(Enumerable.Range(0, 1_000).Select(_ => DemoContacts.Mobile(random)), phone => Assert.Matches(@"^1[3-9]\d{9}$", phone));
    }
}
