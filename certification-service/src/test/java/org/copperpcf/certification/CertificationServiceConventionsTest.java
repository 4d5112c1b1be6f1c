package org.copperpcf.certification;

import org.copperpcf.kit.testing.ServiceConventionsTest;
import org.copperpcf.kit.testing.ServiceInfrastructure;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CertificationServiceConventionsTest extends ServiceConventionsTest {
}
