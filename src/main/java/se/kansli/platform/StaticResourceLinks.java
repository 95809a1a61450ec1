package se.kansli.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import org.springframework.boot.autoconfigure.web.ConditionalOnEnabledResourceChain;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Versioned links to static resources (the htmx webjar's version in its path) without the cost on
 * every other link. Spring's {@link ResourceUrlEncodingFilter} asks the resource chain about every
 * link a page writes; for a link that is not a static resource ({@code /cases/…}) that means a
 * class path lookup in each static location, which is not cached, and it made up about half of the
 * time to render a case page. This filter asks only about links into {@code /webjars/} and the
 * top-level entries of {@code classpath:/static/}, and writes every other link exactly as before.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceLinks {

  /**
   * Registered as Spring Boot's Thymeleaf auto-configuration registers its own (which backs off
   * when this one exists): when the resource chain is on, for requests and error pages.
   */
  @Bean
  @ConditionalOnEnabledResourceChain
  FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() throws IOException {
    TreeSet<String> prefixes = new TreeSet<>();
    prefixes.add("/webjars/");
    for (Resource r :
        new PathMatchingResourcePatternResolver().getResources("classpath*:/static/*")) {
      if (r.getFilename() != null && !r.getFilename().isEmpty()) {
        prefixes.add("/" + r.getFilename());
      }
    }
    FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
        new FilterRegistrationBean<>(new OnlyStaticLinks(List.copyOf(prefixes)));
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    return registration;
  }

  static final class OnlyStaticLinks extends ResourceUrlEncodingFilter {

    private final List<String> prefixes;

    OnlyStaticLinks(List<String> prefixes) {
      this.prefixes = prefixes;
    }

    List<String> prefixes() {
      return prefixes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (!(request instanceof HttpServletRequest http)
          || !(response instanceof HttpServletResponse plain)) {
        super.doFilter(request, response, chain);
        return;
      }
      super.doFilter(
          request,
          response,
          (req, resolving) ->
              chain.doFilter(
                  req,
                  new Links(
                      (HttpServletResponse) resolving, plain, http.getContextPath(), prefixes)));
    }
  }

  /**
   * Sends links to static resources through the resolving response, every other link straight to
   * the container's response, skipping only the lookup, which would have found nothing.
   */
  static final class Links extends HttpServletResponseWrapper {

    private final HttpServletResponse plain;
    private final String contextPath;
    private final List<String> prefixes;

    Links(
        HttpServletResponse resolving,
        HttpServletResponse plain,
        String contextPath,
        List<String> prefixes) {
      super(resolving);
      this.plain = plain;
      this.contextPath = contextPath;
      this.prefixes = prefixes;
    }

    @Override
    public String encodeURL(String url) {
      return mayBeStatic(url) ? super.encodeURL(url) : plain.encodeURL(url);
    }

    private boolean mayBeStatic(String url) {
      if (url == null || !url.startsWith(contextPath)) {
        return false;
      }
      String path = url.substring(contextPath.length());
      for (String prefix : prefixes) {
        if (path.startsWith(prefix)) {
          return true;
        }
      }
      return false;
    }
  }
}
