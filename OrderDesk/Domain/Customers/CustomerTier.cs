namespace OrderDesk.Domain.Customers;

public enum CustomerTier
{
    Regular,
    Silver,
    Gold,
    Vip,
}
