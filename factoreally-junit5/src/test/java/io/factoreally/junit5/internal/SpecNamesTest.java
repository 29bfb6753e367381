package io.factoreally.junit5.internal;

import io.factoreally.junit5.model.OrderLine;
import io.factoreally.junit5.model.User;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpecNamesTest {
    record HTTPRequestLog() {
    }

    @Test
    void conventionNamesInOrder() {
        assertThat(SpecNames.byConvention(User.class)).containsExactly("user.spec.json", "User.spec.json");
        assertThat(SpecNames.byConvention(OrderLine.class)).containsExactly("order-line.spec.json", "order_line.spec.json",
                "orderline.spec.json", "OrderLine.spec.json");
        assertThat(SpecNames.byConvention(HTTPRequestLog.class)).containsExactly("http-request-log.spec.json",
                "http_request_log.spec.json", "httprequestlog.spec.json", "HTTPRequestLog.spec.json");
    }
}
