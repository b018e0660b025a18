using OrderDesk.Domain.Shared;
using OrderDesk.Features.Ingestion.Platforms;
using OrderDesk.Features.Ingestion.Screens;

namespace OrderDesk.Tests.Unit.Ingestion.Screens;

public sealed class PrettyPayloadTests
{
    private const string Payload = """{"trade":{"tid":41,"buyer":"张伟","orders":[{"num":"two"},{"num":2}],"empty":{},"none":[]}}""";

    [Fact]
    public void Of_CompactJson_IndentedLineByLineWithChineseUnescaped()
    {
        var pretty = PrettyPayload.Of(Payload);

        Assert.True(pretty.IsJson);
        Assert.Equal(
        [
            "{",
            "  \"trade\": {",
            "    \"tid\": 41,",
            "    \"buyer\": \"张伟\",",
            "    \"orders\": [",
            "      {",
            "        \"num\": \"two\"",
            "      },",
            "      {",
            "        \"num\": 2",
            "      }",
            "    ],",
            "    \"empty\": {},",
            "    \"none\": []",
            "  }",
            "}",
        ], pretty.Lines.Select(l => l.Text));
    }

    [Fact]
    public void Of_Errors_MarkTheLineOfTheirPointerOrOfTheNearestExistingParent()
    {
        PayloadError[] errors =
        [
            new("/trade/orders/0/num", "not an integer"),
            new("/trade/receiver_mobile", "missing"),
            new("", "root"),
            new("#/trade/tid", "fragment form"),
        ];

        var pretty = PrettyPayload.Of(Payload, errors);

        Assert.Equal([7, 2, 1, 3], pretty.ErrorLines);
        Assert.Equal([0], pretty.Lines[6].Errors);
        Assert.Equal([1], pretty.Lines[1].Errors);
        Assert.Empty(pretty.Lines[9].Errors);
    }

    [Fact]
    public void Of_PointerWithEscapedSlashAndTilde_Found()
    {
        var pretty = PrettyPayload.Of("""{"a/b":{"c~d":1}}""", [new PayloadError("/a~1b/c~0d", "x")]);

        Assert.Equal([3], pretty.ErrorLines);
    }

    [Fact]
    public void Of_NotJson_RawLinesAndNoMarks()
    {
        var pretty = PrettyPayload.Of("{\"order_sn\": 1,\r\n \"status\": ", [new PayloadError("/order_sn", "x")]);

        Assert.False(pretty.IsJson);
        Assert.Equal(["{\"order_sn\": 1,", " \"status\": "], pretty.Lines.Select(l => l.Text));
        Assert.Equal([null], pretty.ErrorLines);
    }

    [Fact]
    public void Format_RoundTripsToTheSameJson()
    {
        var formatted = PrettyPayload.Format(Payload);

        Assert.Equal(System.Text.Json.Nodes.JsonNode.Parse(Payload)!.ToJsonString(), System.Text.Json.Nodes.JsonNode.Parse(formatted)!.ToJsonString());
    }

    [Theory]
    [InlineData("{\"a\": }", 1, 7)]
    [InlineData("{\n  \"a\": 1,\n  \"b\": two\n}", 3, 9)]
    [InlineData("", 1, 1)]
    public void JsonSyntaxError_NotJson_SaysWhere(string text, int line, int column)
    {
        Assert.Equal(new JsonSyntaxError(line, column), PayloadCheck.JsonSyntaxError(text));
    }

    [Fact]
    public void Check_PlatformWithoutMapper_SaysSoAndStillChecksSyntax()
    {
        var check = new PayloadCheck([]);

        Assert.Equal(new PayloadVerdict(null, false, []), check.Check(Platform.Jd, "{}"));
        Assert.False(check.Check(Platform.Jd, "{").IsJson);
    }
}
