package org.crmgap.model.compare;

/**
 * One change of the diagrams' layout (a notation file) between two versions of a model, its element named for the user
 * ("Shape of Gap 'Reliability' in Diagram 'DIE overview'"); {@code drawn} is the id of the model element the changed
 * shape draws, null when the change is not about a shape.
 */
public record LayoutChange(ModelChange change, String drawn) {
}
