package dev.zhiku.rag.redact;

import java.util.List;

/** Finds one kind of private value in a text; findings may overlap those of other detectors. */
public interface Detector {

    List<Finding> find(String text);
}
