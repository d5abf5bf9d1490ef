using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ponte.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MatchingRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InterpreterLanguages",
                table: "Programmes",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "MaxDistanceKm",
                table: "Programmes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 50);

            migrationBuilder.AddColumn<double>(
                name: "WeightAvailability",
                table: "Programmes",
                type: "REAL",
                precision: 9,
                scale: 2,
                nullable: false,
                defaultValue: 20.0);

            migrationBuilder.AddColumn<double>(
                name: "WeightComplementaryNeeds",
                table: "Programmes",
                type: "REAL",
                precision: 9,
                scale: 2,
                nullable: false,
                defaultValue: 20.0);

            migrationBuilder.AddColumn<double>(
                name: "WeightIdentity",
                table: "Programmes",
                type: "REAL",
                precision: 9,
                scale: 2,
                nullable: false,
                defaultValue: 5.0);

            migrationBuilder.AddColumn<double>(
                name: "WeightInterests",
                table: "Programmes",
                type: "REAL",
                precision: 9,
                scale: 2,
                nullable: false,
                defaultValue: 10.0);

            migrationBuilder.AddColumn<double>(
                name: "WeightLanguage",
                table: "Programmes",
                type: "REAL",
                precision: 9,
                scale: 2,
                nullable: false,
                defaultValue: 25.0);

            migrationBuilder.AddColumn<double>(
                name: "WeightProximity",
                table: "Programmes",
                type: "REAL",
                precision: 9,
                scale: 2,
                nullable: false,
                defaultValue: 15.0);

            migrationBuilder.AddColumn<double>(
                name: "WeightSupportIntensity",
                table: "Programmes",
                type: "REAL",
                precision: 9,
                scale: 2,
                nullable: false,
                defaultValue: 5.0);

            migrationBuilder.CreateTable(
                name: "MatchingRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RanAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RanBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MenteesWaiting = table.Column<int>(type: "INTEGER", nullable: false),
                    MentorsAvailable = table.Column<int>(type: "INTEGER", nullable: false),
                    AlreadyMatched = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalScoreCents = table.Column<long>(type: "INTEGER", nullable: false),
                    ElapsedMilliseconds = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchingRuns_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MatchProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MenteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MentorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScoreCents = table.Column<long>(type: "INTEGER", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", nullable: false),
                    Alternatives = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ChosenByHand = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RelationshipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MatchingRunId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchProposals_MatchingRuns_MatchingRunId",
                        column: x => x.MatchingRunId,
                        principalTable: "MatchingRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MatchUnmatched",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MenteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    Facts = table.Column<string>(type: "TEXT", nullable: false),
                    MatchingRunId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchUnmatched", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchUnmatched_MatchingRuns_MatchingRunId",
                        column: x => x.MatchingRunId,
                        principalTable: "MatchingRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MatchingRuns_ProgrammeId_RanAt",
                table: "MatchingRuns",
                columns: new[] { "ProgrammeId", "RanAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MatchProposals_MatchingRunId",
                table: "MatchProposals",
                column: "MatchingRunId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchProposals_MenteeId",
                table: "MatchProposals",
                column: "MenteeId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchUnmatched_MatchingRunId",
                table: "MatchUnmatched",
                column: "MatchingRunId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchProposals");

            migrationBuilder.DropTable(
                name: "MatchUnmatched");

            migrationBuilder.DropTable(
                name: "MatchingRuns");

            migrationBuilder.DropColumn(
                name: "InterpreterLanguages",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "MaxDistanceKm",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "WeightAvailability",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "WeightComplementaryNeeds",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "WeightIdentity",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "WeightInterests",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "WeightLanguage",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "WeightProximity",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "WeightSupportIntensity",
                table: "Programmes");
        }
    }
}
