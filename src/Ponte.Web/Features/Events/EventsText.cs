namespace Ponte.Web.Features.Events;

/// <summary>Marker of the events texts (Resources/Features/Events/EventsText.*.resx), enum labels of events included.</summary>
public sealed class EventsText;
