package org.gapflow.platform;

import java.beans.Introspector;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Empties the JDK's java.beans caches when GapFlow stops. EL and JSF introspect GapFlow's beans; the
 * JDK keeps what it found (the global ClassInfo cache, and a bean info cache per thread group) under
 * soft references to GapFlow's classes, which an ordinary full GC keeps, so an undeployed GapFlow would
 * stay loaded until memory runs short. This clears the global cache and the stopping thread's group.
 */
@ApplicationScoped
public class BeanInfoCacheRelease {

    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 1000) @BeforeDestroyed(ApplicationScoped.class) Object event) {
        Introspector.flushCaches();
    }
}
