package org.yanxun.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;
import org.yanxun.Cluster;
import org.yanxun.ClusterId;
import org.yanxun.Dataset;
import org.yanxun.Exchange;
import org.yanxun.Identifier;
import org.yanxun.Institution;
import org.yanxun.JointSession;
import org.yanxun.Person;
import org.yanxun.ProjectCommunity;
import org.yanxun.SharedResource;
import org.yanxun.Studio;
import org.yanxun.internal.Checks;

/**
 * Collects the lines of a small JSON Lines file into a {@link Dataset}: children are attached to the
 * first parent with their reference, in line order, wherever the parent's line is. Not thread-safe.
 */
final class LinesAssembler implements Consumer<JsonLine> {

    /** A child record's line and its parent's identifier, a {@link ClusterId} or an {@link AllianceId}. */
    private record Child(long line, Identifier parent) {
    }

    private final int maxErrors;
    private final List<ReadError> errors = new ArrayList<>();
    private final List<Person> persons = new ArrayList<>();
    private final List<Institution> institutions = new ArrayList<>();
    private final Map<ClusterId, Cluster> clusters = new LinkedHashMap<>();
    private final Map<ClusterId, List<Studio>> studios = new LinkedHashMap<>();
    private final Map<AllianceId, Alliance> alliances = new LinkedHashMap<>();
    private final Map<AllianceId, List<JointSession>> sessions = new LinkedHashMap<>();
    private final Map<AllianceId, List<Exchange>> exchanges = new LinkedHashMap<>();
    private final Map<AllianceId, List<SharedResource>> resources = new LinkedHashMap<>();
    private final List<ProjectCommunity> projects = new ArrayList<>();
    private final List<Child> children = new ArrayList<>();
    private final List<Cluster> clusterOrder = new ArrayList<>();
    private final List<Alliance> allianceOrder = new ArrayList<>();

    LinesAssembler(int maxErrors) {
        this.maxErrors = maxErrors;
    }

    @Override
    public void accept(JsonLine line) {
        if (line instanceof JsonLine.PersonLine l) {
            persons.add(l.person());
        } else if (line instanceof JsonLine.InstitutionLine l) {
            institutions.add(l.institution());
        } else if (line instanceof JsonLine.ClusterLine l) {
            clusterOrder.add(l.cluster());
            clusters.putIfAbsent(l.cluster().id(), l.cluster());
        } else if (line instanceof JsonLine.StudioLine l) {
            children.add(new Child(l.line(), l.cluster()));
            studios.computeIfAbsent(l.cluster(), k -> new ArrayList<>()).add(l.studio());
        } else if (line instanceof JsonLine.AllianceLine l) {
            allianceOrder.add(l.alliance());
            alliances.putIfAbsent(l.alliance().id(), l.alliance());
        } else if (line instanceof JsonLine.SessionLine l) {
            children.add(new Child(l.line(), l.alliance()));
            sessions.computeIfAbsent(l.alliance(), k -> new ArrayList<>()).add(l.session());
        } else if (line instanceof JsonLine.ExchangeLine l) {
            children.add(new Child(l.line(), l.alliance()));
            exchanges.computeIfAbsent(l.alliance(), k -> new ArrayList<>()).add(l.exchange());
        } else if (line instanceof JsonLine.ResourceLine l) {
            children.add(new Child(l.line(), l.alliance()));
            resources.computeIfAbsent(l.alliance(), k -> new ArrayList<>()).add(l.resource());
        } else if (line instanceof JsonLine.ProjectLine l) {
            projects.add(l.project());
        } else if (line instanceof JsonLine.ErrorLine l) {
            l.errors().forEach(this::error);
        }
        // A studio type line needs no assembly: the studios that use the type carry it.
    }

    private void error(ReadError error) {
        if (errors.size() < maxErrors) {
            errors.add(error);
        } else if (errors.size() == maxErrors) {
            errors.add(Failures.tooManyLineErrors(maxErrors, error.line()));
        }
    }

    /**
     * Returns the dataset, or every error of the lines and every reference to an unknown parent.
     *
     * @return the result
     */
    ReadResult<Dataset> result() {
        for (Child child : children) {
            boolean ofCluster = child.parent() instanceof ClusterId;
            if (!(ofCluster ? clusters.containsKey(child.parent()) : alliances.containsKey(child.parent()))) {
                String parentKey = ofCluster ? "cluster" : "alliance";
                String parent = child.parent().value();
                error(new ReadError(ReadErrorCode.JSONL_UNKNOWN_PARENT, "/" + parentKey, child.line(), 0,
                        "第 " + child.line() + " 行引用的" + (ofCluster ? "集群" : "联盟") + Checks.quoteZh(parent)
                                + "不在文件中",
                        "line " + child.line() + " names the " + parentKey + " " + Checks.quote(parent)
                                + ", which is not in the file"));
            }
        }
        if (!errors.isEmpty()) {
            return ReadResult.failure(errors);
        }
        List<Cluster> assembledClusters = new ArrayList<>();
        for (Cluster cluster : clusterOrder) {
            boolean first = clusters.get(cluster.id()) == cluster;
            assembledClusters.add(first ? cluster.withStudios(studios.getOrDefault(cluster.id(), List.of())) : cluster);
        }
        List<Alliance> assembledAlliances = new ArrayList<>();
        for (Alliance a : allianceOrder) {
            boolean first = alliances.get(a.id()) == a;
            assembledAlliances.add(first ? new Alliance(a.id(), a.name(), a.parent(), a.members(), a.plan(),
                    sessions.getOrDefault(a.id(), List.of()), exchanges.getOrDefault(a.id(), List.of()),
                    resources.getOrDefault(a.id(), List.of())) : a);
        }
        return ReadResult.success(Dataset.of(persons, institutions, assembledClusters, assembledAlliances, projects));
    }
}
