package demo;

class DemoTest {
  void example() {
    // tag::present[]
    int y = 2;
    // end::present[]
  }
}
