package org.gapflow.web;

import java.util.Set;

import jakarta.el.ValueExpression;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;

import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.metadata.BeanValidationMetadataExtractor;

/**
 * The maxlength of an h:inputTextarea from the @Size of the property it edits, as PrimeFaces'
 * TRANSFORM_METADATA does for text inputs. Not p:inputTextarea: PrimeFaces cuts a longer submitted text
 * to its maxlength without a word (a browser counts a line break as one character, the form sends two),
 * where GapFlow refuses it with a message and keeps what was typed. Listens to text areas about to
 * render (faces-config.xml).
 */
public class TextAreaMaxlength implements SystemEventListener {

    @Override
    public void processEvent(SystemEvent event) {
        if (!(event.getSource() instanceof HtmlInputTextarea area) || area.getPassThroughAttributes().containsKey("maxlength")) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        PrimeApplicationContext application = PrimeApplicationContext.getCurrentInstance(context);
        ValueExpression value = area.getValueExpression("value");
        Set<ConstraintDescriptor<?>> constraints = value == null ? null
                : BeanValidationMetadataExtractor.extractDefaultConstraintDescriptors(context, application, value);
        if (constraints == null) {
            return;
        }
        for (ConstraintDescriptor<?> constraint : constraints) {
            if (constraint.getAnnotation() instanceof Size size && size.max() < Integer.MAX_VALUE) {
                area.getPassThroughAttributes().put("maxlength", size.max());
            }
        }
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof HtmlInputTextarea;
    }
}
