using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ponte.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ActorIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

























            migrationBuilder.AddColumn<Guid>(
                name: "CreatedById",
                table: "TrainingSessions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "UpdatedById",
                table: "TrainingSessions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CreatedById",
                table: "Relationships",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "UpdatedById",
                table: "Relationships",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CreatedById",
                table: "Programmes",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "UpdatedById",
                table: "Programmes",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActorKind",
                table: "ParticipantTimeline",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "CreatedById",
                table: "Participants",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SafetyCheckedById",
                table: "Participants",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "UpdatedById",
                table: "Participants",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CreatedById",
                table: "Organisations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "UpdatedById",
                table: "Organisations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DecidedById",
                table: "MatchProposals",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CreatedById",
                table: "MatchingRuns",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RanById",
                table: "MatchingRuns",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "UpdatedById",
                table: "MatchingRuns",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CreatedById",
                table: "MatchExclusions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DeclaredById",
                table: "MatchExclusions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "UpdatedById",
                table: "MatchExclusions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AssessedById",
                table: "Assessments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CreatedById",
                table: "Assessments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "UpdatedById",
                table: "Assessments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CreatedById",
                table: "Applications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "UpdatedById",
                table: "Applications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActorKind",
                table: "ApplicationHistory",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");
        

            migrationBuilder.Sql(DataSteps.ActorIds());

            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "TrainingSessions");
            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "TrainingSessions");
            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "Relationships");
            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Relationships");
            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "Programmes");
            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Programmes");
            migrationBuilder.DropColumn(
                name: "ActorName",
                table: "ParticipantTimeline");
            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "Participants");
            migrationBuilder.DropColumn(
                name: "SafetyCheckedBy",
                table: "Participants");
            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Participants");
            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "Organisations");
            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Organisations");
            migrationBuilder.DropColumn(
                name: "DecidedBy",
                table: "MatchProposals");
            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "MatchingRuns");
            migrationBuilder.DropColumn(
                name: "RanBy",
                table: "MatchingRuns");
            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "MatchingRuns");
            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "MatchExclusions");
            migrationBuilder.DropColumn(
                name: "DeclaredBy",
                table: "MatchExclusions");
            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "MatchExclusions");
            migrationBuilder.DropColumn(
                name: "AssessedBy",
                table: "Assessments");
            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "Assessments");
            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Assessments");
            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "Applications");
            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Applications");
            migrationBuilder.DropColumn(
                name: "ActorName",
                table: "ApplicationHistory");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "TrainingSessions");

            migrationBuilder.DropColumn(
                name: "UpdatedById",
                table: "TrainingSessions");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "UpdatedById",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "UpdatedById",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "ActorKind",
                table: "ParticipantTimeline");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "SafetyCheckedById",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "UpdatedById",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "UpdatedById",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "DecidedById",
                table: "MatchProposals");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "MatchingRuns");

            migrationBuilder.DropColumn(
                name: "RanById",
                table: "MatchingRuns");

            migrationBuilder.DropColumn(
                name: "UpdatedById",
                table: "MatchingRuns");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "MatchExclusions");

            migrationBuilder.DropColumn(
                name: "DeclaredById",
                table: "MatchExclusions");

            migrationBuilder.DropColumn(
                name: "UpdatedById",
                table: "MatchExclusions");

            migrationBuilder.DropColumn(
                name: "AssessedById",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "UpdatedById",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "UpdatedById",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ActorKind",
                table: "ApplicationHistory");

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "TrainingSessions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "TrainingSessions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "Relationships",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Relationships",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "Programmes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Programmes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActorName",
                table: "ParticipantTimeline",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "Participants",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SafetyCheckedBy",
                table: "Participants",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Participants",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "Organisations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Organisations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecidedBy",
                table: "MatchProposals",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "MatchingRuns",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RanBy",
                table: "MatchingRuns",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "MatchingRuns",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "MatchExclusions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeclaredBy",
                table: "MatchExclusions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "MatchExclusions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssessedBy",
                table: "Assessments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "Assessments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Assessments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "Applications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Applications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActorName",
                table: "ApplicationHistory",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");
        }
    }
}
