using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ponte.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Closing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RenewedFromId",
                table: "MentoringProcesses",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CloseRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<int>(type: "integer", nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    WantsNewMentor = table.Column<bool>(type: "boolean", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedById = table.Column<Guid>(type: "uuid", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MentoringProcessId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CloseRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CloseRequests_MentoringProcesses_MentoringProcessId",
                        column: x => x.MentoringProcessId,
                        principalTable: "MentoringProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CloseRequests_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndividualEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcessId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Experience = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Satisfaction = table.Column<int>(type: "integer", nullable: false),
                    WhatChanged = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndividualEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndividualEvaluations_MentoringProcesses_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "MentoringProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndividualEvaluations_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JointEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcessId = table.Column<Guid>(type: "uuid", nullable: false),
                    MenteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedByParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JointEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JointEvaluations_MentoringProcesses_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "MentoringProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JointEvaluations_Participants_MenteeId",
                        column: x => x.MenteeId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LeavingSituations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MenteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Situation = table.Column<int>(type: "integer", nullable: false),
                    Qualification = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LanguageLevel = table.Column<int>(type: "integer", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: true),
                    MentoringProcessId = table.Column<Guid>(type: "uuid", nullable: false),
                    Trainings = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeavingSituations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LeavingSituations_MentoringProcesses_MentoringProcessId",
                        column: x => x.MentoringProcessId,
                        principalTable: "MentoringProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LeavingSituations_Participants_MenteeId",
                        column: x => x.MenteeId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentoringClosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedById = table.Column<Guid>(type: "uuid", nullable: true),
                    MentoringProcessId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringClosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringClosures_MentoringProcesses_MentoringProcessId",
                        column: x => x.MentoringProcessId,
                        principalTable: "MentoringProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Renewals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromProcessId = table.Column<Guid>(type: "uuid", nullable: false),
                    MenteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Mentor = table.Column<int>(type: "integer", nullable: false),
                    ToProcessId = table.Column<Guid>(type: "uuid", nullable: true),
                    RenewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CarriedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Renewals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Renewals_MentoringProcesses_FromProcessId",
                        column: x => x.FromProcessId,
                        principalTable: "MentoringProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Renewals_MentoringProcesses_ToProcessId",
                        column: x => x.ToProcessId,
                        principalTable: "MentoringProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Renewals_Participants_MenteeId",
                        column: x => x.MenteeId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GoalRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Goal = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Achievement = table.Column<int>(type: "integer", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    JointEvaluationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalRatings_JointEvaluations_JointEvaluationId",
                        column: x => x.JointEvaluationId,
                        principalTable: "JointEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RenewalGoals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FromGoalId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Area = table.Column<int>(type: "integer", nullable: false),
                    FreeAreaName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    What = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Measure = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RenewalId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RenewalGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RenewalGoals_Renewals_RenewalId",
                        column: x => x.RenewalId,
                        principalTable: "Renewals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringProcesses_RenewedFromId",
                table: "MentoringProcesses",
                column: "RenewedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_CloseRequests_MentoringProcessId",
                table: "CloseRequests",
                column: "MentoringProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_CloseRequests_ParticipantId",
                table: "CloseRequests",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalRatings_JointEvaluationId",
                table: "GoalRatings",
                column: "JointEvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_IndividualEvaluations_ParticipantId",
                table: "IndividualEvaluations",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_IndividualEvaluations_ProcessId_ParticipantId",
                table: "IndividualEvaluations",
                columns: new[] { "ProcessId", "ParticipantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JointEvaluations_MenteeId",
                table: "JointEvaluations",
                column: "MenteeId");

            migrationBuilder.CreateIndex(
                name: "IX_JointEvaluations_ProcessId_MenteeId",
                table: "JointEvaluations",
                columns: new[] { "ProcessId", "MenteeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LeavingSituations_MenteeId",
                table: "LeavingSituations",
                column: "MenteeId");

            migrationBuilder.CreateIndex(
                name: "IX_LeavingSituations_MentoringProcessId",
                table: "LeavingSituations",
                column: "MentoringProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringClosures_MentoringProcessId",
                table: "MentoringClosures",
                column: "MentoringProcessId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RenewalGoals_RenewalId",
                table: "RenewalGoals",
                column: "RenewalId");

            migrationBuilder.CreateIndex(
                name: "IX_Renewals_FromProcessId_MenteeId",
                table: "Renewals",
                columns: new[] { "FromProcessId", "MenteeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Renewals_MenteeId_ToProcessId",
                table: "Renewals",
                columns: new[] { "MenteeId", "ToProcessId" });

            migrationBuilder.CreateIndex(
                name: "IX_Renewals_ToProcessId",
                table: "Renewals",
                column: "ToProcessId");

            migrationBuilder.AddForeignKey(
                name: "FK_MentoringProcesses_MentoringProcesses_RenewedFromId",
                table: "MentoringProcesses",
                column: "RenewedFromId",
                principalTable: "MentoringProcesses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MentoringProcesses_MentoringProcesses_RenewedFromId",
                table: "MentoringProcesses");

            migrationBuilder.DropTable(
                name: "CloseRequests");

            migrationBuilder.DropTable(
                name: "GoalRatings");

            migrationBuilder.DropTable(
                name: "IndividualEvaluations");

            migrationBuilder.DropTable(
                name: "LeavingSituations");

            migrationBuilder.DropTable(
                name: "MentoringClosures");

            migrationBuilder.DropTable(
                name: "RenewalGoals");

            migrationBuilder.DropTable(
                name: "JointEvaluations");

            migrationBuilder.DropTable(
                name: "Renewals");

            migrationBuilder.DropIndex(
                name: "IX_MentoringProcesses_RenewedFromId",
                table: "MentoringProcesses");

            migrationBuilder.DropColumn(
                name: "RenewedFromId",
                table: "MentoringProcesses");
        }
    }
}
