using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ponte.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MentoringProcesses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgreementTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    TextVersion = table.Column<int>(type: "integer", nullable: false),
                    RevisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevisedById = table.Column<Guid>(type: "uuid", nullable: true),
                    Sections_Confidentiality = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Sections_Duration = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Sections_EndingEarly = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Sections_Goals = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Sections_MeetingRhythm = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Sections_Roles = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementTemplates_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentoringProcesses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    MatchProposalId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PausedFrom = table.Column<int>(type: "integer", nullable: true),
                    PauseReason = table.Column<int>(type: "integer", nullable: true),
                    PauseNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PausedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringProcesses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringProcesses_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentoringAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateVersion = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Terms = table.Column<string>(type: "text", nullable: false),
                    DraftedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MentoringProcessId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringAgreements_AgreementTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "AgreementTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentoringAgreements_MentoringProcesses_MentoringProcessId",
                        column: x => x.MentoringProcessId,
                        principalTable: "MentoringProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentoringProcessMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    MatchProposalId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContactSharing = table.Column<int>(type: "integer", nullable: false),
                    MentoringProcessId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringProcessMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringProcessMembers_MentoringProcesses_MentoringProcess~",
                        column: x => x.MentoringProcessId,
                        principalTable: "MentoringProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentoringProcessMembers_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentoringProcessTimeline",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorKind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Event = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ToStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "character varying(1040)", maxLength: 1040, nullable: true),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringProcessTimeline", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringProcessTimeline_MentoringProcesses_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "MentoringProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementAcceptances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Terms = table.Column<string>(type: "text", nullable: false),
                    SupersededAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementAcceptances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementAcceptances_MentoringAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "MentoringAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementAcceptances_AgreementId",
                table: "AgreementAcceptances",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementTemplates_ProgrammeId_Language",
                table: "AgreementTemplates",
                columns: new[] { "ProgrammeId", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentoringAgreements_MentoringProcessId",
                table: "MentoringAgreements",
                column: "MentoringProcessId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentoringAgreements_TemplateId",
                table: "MentoringAgreements",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringProcesses_OrganisationId_ProgrammeId_Status",
                table: "MentoringProcesses",
                columns: new[] { "OrganisationId", "ProgrammeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringProcesses_ProgrammeId",
                table: "MentoringProcesses",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringProcessMembers_MentoringProcessId",
                table: "MentoringProcessMembers",
                column: "MentoringProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringProcessMembers_ParticipantId",
                table: "MentoringProcessMembers",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringProcessMembers_UserId",
                table: "MentoringProcessMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringProcessTimeline_OwnerId",
                table: "MentoringProcessTimeline",
                column: "OwnerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementAcceptances");

            migrationBuilder.DropTable(
                name: "MentoringProcessMembers");

            migrationBuilder.DropTable(
                name: "MentoringProcessTimeline");

            migrationBuilder.DropTable(
                name: "MentoringAgreements");

            migrationBuilder.DropTable(
                name: "AgreementTemplates");

            migrationBuilder.DropTable(
                name: "MentoringProcesses");
        }
    }
}
