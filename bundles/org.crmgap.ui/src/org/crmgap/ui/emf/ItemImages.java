package org.crmgap.ui.emf;

import java.net.URL;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

/** SWT images for the image objects EMF item providers return (URLs of their icons), shared and disposed by JFace. */
public final class ItemImages {

	private ItemImages() {
	}

	public static Image of(Object image) {
		if (image instanceof Image swt) {
			return swt;
		}
		if (image instanceof URL url) {
			ResourceManager resources = JFaceResources.getResources();
			return resources.create(ImageDescriptor.createFromURL(designed(url)));
		}
		return null;
	}

	/**
	 * The project's own icon for a concept ({@code icons/concepts/CustomerSegment.svg}, drawn like the diagram's
	 * shapes) instead of the one EMF generated into the edit bundle, which is regenerated with the code.
	 */
	static URL designed(URL generated) {
		String path = generated.getPath();
		String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.(gif|png)$", "");
		URL own = ItemImages.class.getResource("/icons/concepts/" + name + ".svg");
		return own != null ? own : generated;
	}
}
