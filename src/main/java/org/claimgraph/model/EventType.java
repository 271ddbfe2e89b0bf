package org.claimgraph.model;

/** Event types; each is a skos:Concept in the claimgraph event-type scheme, named as here. */
public enum EventType {
    Attack, Airstrike, Shelling, Bombing, ChemicalAttack, Massacre, Battle, Liberation, Retreat, Evacuation,
    Meeting, Statement, Other
}
