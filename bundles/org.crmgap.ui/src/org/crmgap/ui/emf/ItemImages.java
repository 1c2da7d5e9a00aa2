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
			return resources.create(ImageDescriptor.createFromURL(url));
		}
		return null;
	}
}
