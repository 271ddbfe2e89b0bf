package org.claimgraph.model;

/** What kind of thing an entity is; each maps to one ontology class. */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, OUTLET, PLACE,
    /** A group of people named by what they are ("Kurds", "activists" when collective and known). */
    GROUP,
    /** An unnamed source ("a source", "residents"): one per article and phrase. */
    UNNAMED_SOURCE;

    /** True for the kinds that can speak or be accused. */
    public boolean isActor() { return this != PLACE; }
}
