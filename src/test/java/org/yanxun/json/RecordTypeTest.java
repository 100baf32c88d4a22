package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yanxun.AllianceId;
import org.yanxun.ClusterId;
import org.yanxun.ExchangeId;
import org.yanxun.InstitutionId;
import org.yanxun.PersonId;
import org.yanxun.ProjectId;
import org.yanxun.ResourceId;
import org.yanxun.SessionId;
import org.yanxun.StudioId;

/** The record types of JSON Lines and the identifiers their records declare, by which a validation sizes its states. */
class RecordTypeTest {

    @Test
    void idClass_eachEntityRecord_isTheClassOfItsIdentifier_andAStudioTypeHasNone() {
        assertThat(RecordType.PERSON.idClass()).isEqualTo(PersonId.class);
        assertThat(RecordType.INSTITUTION.idClass()).isEqualTo(InstitutionId.class);
        assertThat(RecordType.STUDIO_TYPE.idClass()).isNull();
        assertThat(RecordType.CLUSTER.idClass()).isEqualTo(ClusterId.class);
        assertThat(RecordType.STUDIO.idClass()).isEqualTo(StudioId.class);
        assertThat(RecordType.ALLIANCE.idClass()).isEqualTo(AllianceId.class);
        assertThat(RecordType.SESSION.idClass()).isEqualTo(SessionId.class);
        assertThat(RecordType.EXCHANGE.idClass()).isEqualTo(ExchangeId.class);
        assertThat(RecordType.RESOURCE.idClass()).isEqualTo(ResourceId.class);
        assertThat(RecordType.PROJECT.idClass()).isEqualTo(ProjectId.class);
    }
}
