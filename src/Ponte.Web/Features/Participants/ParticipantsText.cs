namespace Ponte.Web.Features.Participants;

/// <summary>Marker for the participant list and page strings (Resources/Features/Participants/ParticipantsText*.resx).</summary>
public sealed class ParticipantsText;
