using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Catalog;

public sealed class Warehouse : IAudited
{
    public long Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Province { get; private set; } = "";
    public string City { get; private set; } = "";

    private Warehouse() { }

    public Warehouse(string code, string name, string province, string city)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new DomainRuleException("A warehouse needs a code.");
        if (string.IsNullOrWhiteSpace(name)) throw new DomainRuleException("A warehouse needs a name.");
        Code = code.Trim();
        Name = name.Trim();
        Province = province;
        City = city;
    }

    public void Rename(string name) => Name = string.IsNullOrWhiteSpace(name)
        ? throw new DomainRuleException("A warehouse needs a name.")
        : name.Trim();
}
