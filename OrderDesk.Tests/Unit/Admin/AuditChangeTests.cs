using OrderDesk.Features.Admin;

namespace OrderDesk.Tests.Unit.Admin;

public sealed class AuditChangeTests
{
    [Fact]
    public void Parse_InterceptorJson_OnePairPerProperty()
    {
        var changes = AuditChange.Parse("""{"Status":["Paid","Shipped"],"PaidAt":[null,"2026-11-24T02:00:00.0000000+00:00"],"Quantity":[1,2]}""");

        Assert.Equal(
            [new AuditChange("Status", "Paid", "Shipped"), new AuditChange("PaidAt", null, "2026-11-24T02:00:00.0000000+00:00"),
             new AuditChange("Quantity", "1", "2")],
            changes);
    }

    [Fact]
    public void Parse_NotJson_KeptRawSoNothingIsHidden()
    {
        Assert.Equal([new AuditChange("", null, "not json")], AuditChange.Parse("not json"));
    }

    [Fact]
    public void Parse_EmptyObject_NoChanges() => Assert.Empty(AuditChange.Parse("{}"));
}
