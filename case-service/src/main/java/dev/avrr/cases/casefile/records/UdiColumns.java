package dev.avrr.cases.casefile.records;

import java.util.List;

import jakarta.persistence.Converter;

import dev.avrr.cases.casefile.Recorded;
import dev.avrr.platform.protection.ProtectedJson;

/** UDI's and UNE's decisions, reasons included: kept protected at rest. */
public final class UdiColumns {

    private UdiColumns() {
    }

    @Converter
    public static class DecisionsColumn extends ProtectedJson<List<Recorded<UdiDecision>>> {
        public DecisionsColumn() {
            super(t -> t.constructCollectionType(List.class,
                    t.constructParametricType(Recorded.class, UdiDecision.class)));
        }
    }
}
