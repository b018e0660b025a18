using System.Reflection;

namespace OrderDesk.Tests.Unit.Domain;

/// <summary>The domain stays free of persistence, UI and job frameworks, so its rules test without them.</summary>
public sealed class DomainDependencyTests
{
    private static readonly string[] s_forbidden = ["Microsoft.EntityFrameworkCore", "Hangfire", "Microsoft.AspNetCore.Components", "MudBlazor"];

    [Fact]
    public void DomainTypes_ReferenceNoFrameworkTypes()
    {
        var domainTypes = typeof(OrderDesk.Domain.Orders.Order).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("OrderDesk.Domain", StringComparison.Ordinal) == true)
            .ToList();
        Assert.NotEmpty(domainTypes);

        var offenders = new List<string>();
        foreach (var type in domainTypes)
        {
            var used = type.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Select(f => f.FieldType)
                .Concat(type.GetProperties(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Select(p => p.PropertyType))
                .Concat(type.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
                .Concat(type.GetInterfaces())
                .Append(type.BaseType ?? typeof(object))
                .Concat(type.GetCustomAttributes(true).Select(a => a.GetType()));
            offenders.AddRange(used
                .Where(t => t.Namespace is { } ns && s_forbidden.Any(f => ns.StartsWith(f, StringComparison.Ordinal)))
                .Select(t => $"{type.FullName} uses {t.FullName}"));
        }
        Assert.Empty(offenders);
    }
}
