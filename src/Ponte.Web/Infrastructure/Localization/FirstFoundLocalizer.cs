using Microsoft.Extensions.Localization;

namespace Ponte.Web.Infrastructure.Localization;

/// <summary>
/// A localizer that answers from the first resource that has the key: an area's own texts
/// (its error messages included) before the shared ones.
/// </summary>
public sealed class FirstFoundLocalizer(params IStringLocalizer[] localizers) : IStringLocalizer
{
    public LocalizedString this[string name] =>
        localizers.Select(l => l[name]).FirstOrDefault(s => !s.ResourceNotFound) ?? localizers[^1][name];

    public LocalizedString this[string name, params object[] arguments] =>
        localizers.Select(l => l[name, arguments]).FirstOrDefault(s => !s.ResourceNotFound) ?? localizers[^1][name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        localizers.SelectMany(l => l.GetAllStrings(includeParentCultures));
}
