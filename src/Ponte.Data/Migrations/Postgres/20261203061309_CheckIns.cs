using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ponte.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CheckIns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "NoMeetingAlertDays",
                table: "Programmes",
                type: "integer",
                nullable: false,
                defaultValue: 21);

            migrationBuilder.CreateTable(
                name: "CheckIns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcessId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RemindedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SilentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Score = table.Column<int>(type: "integer", nullable: true),
                    MeetingsHappened = table.Column<bool>(type: "boolean", nullable: true),
                    Fit = table.Column<int>(type: "integer", nullable: true),
                    ForOrganisation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckIns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckIns_MentoringProcesses_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "MentoringProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_ParticipantId",
                table: "CheckIns",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_ProcessId_ParticipantId_Kind_Round",
                table: "CheckIns",
                columns: new[] { "ProcessId", "ParticipantId", "Kind", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_State_SentAt",
                table: "CheckIns",
                columns: new[] { "State", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CheckIns");

            migrationBuilder.DropColumn(
                name: "NoMeetingAlertDays",
                table: "Programmes");
        }
    }
}
