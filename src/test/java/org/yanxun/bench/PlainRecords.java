package org.yanxun.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.yanxun.CertificateKind;
import org.yanxun.EvaluationKind;
import org.yanxun.Grade;
import org.yanxun.HostDuty;
import org.yanxun.Level;
import org.yanxun.Stage;
import org.yanxun.StudioStatus;
import org.yanxun.Tier;

/**
 * Plain records with the same JSON shape as the dataset document, bound by Jackson databind as the
 * baseline of {@link DatasetBenchmark}: no validation beyond what databind does by default.
 */
final class PlainRecords {

    private PlainRecords() {
    }

    record Dataset(String schemaVersion, String kind, List<Map<String, Object>> studioTypes,
            List<Map<String, Object>> persons, List<Map<String, Object>> institutions, List<Cluster> clusters,
            List<Map<String, Object>> alliances, List<Map<String, Object>> projects) {
    }

    record Cluster(String id, String name, String region, String organiser, String undertaker, LocalDate launchedOn,
            List<Studio> studios, Map<String, Object> plan) {
    }

    record Studio(String id, String name, String type, Level level, String hostInstitution, String researchDirection,
            List<Stage> stages, List<String> subjects, Cycle cycle, StudioStatus status, List<Membership> memberships,
            List<Evaluation> evaluations, List<Activity> activities, List<Pair> mentoringPairs,
            List<Certificate> certificates) {
    }

    record Cycle(LocalDate start, int years) {
    }

    record Membership(String person, Tier tier, LocalDate joinedOn, LocalDate leftOn) {
    }

    record Evaluation(EvaluationKind kind, LocalDate date, Grade grade) {
    }

    record Activity(String title, HostDuty duty, LocalDate date) {
    }

    record Pair(String mentor, String apprentice) {
    }

    record Certificate(CertificateKind kind, String issuer, LocalDate issuedOn, String holder) {
    }
}
