package org.crmgap.indicators;

import java.nio.file.Path;

import org.crmgap.model.GapModel;

/**
 * Who follows the analyses of a model being edited (the editor's pages, its diagrams, the Gap Indicators view). Each
 * analysis ends in exactly one of the two calls; a failure means the previous result no longer holds.
 */
public interface AnalysisListener {

	/** A new analysis has started (the latest result is about to be replaced). */
	default void analysisStarted() {
	}

	/** {@code analysed} is the copy of the model the analysis read (never the edited model: safe on any thread). */
	void analysed(GapModel analysed, ModelAnalysisResult result);

	/** Why the analysis of {@code modelFile} could not be done (the message names the file or element). */
	void analysisFailed(Path modelFile, Exception problem);
}
